// Only the container, fetched with the first notice (see NoticeArea in App.tsx); the store stays in the page.
export { Notifications } from '@mantine/notifications';

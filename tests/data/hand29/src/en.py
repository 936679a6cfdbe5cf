# blind30 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Gareth Pryce <g.pryce@pryce-family.example>",
         to="support@warmhome-appliances.example",
         subject="OH-900 radiator - melted plug and my son's hand",
         body="""\
Hello,

We bought your OH-900 oil-filled radiator in October (order WH-558201). Last night it was on the middle setting in my son's bedroom for about two hours. When I went in to check on him the room smelled of burning plastic, and the plug and the socket around it had gone black and soft.

My son (7) had tried to pull the plug out before calling me and he has two blisters on his fingers. We ran his hand under cold water and the out-of-hours GP has dressed it.

The radiator is unplugged in the garage now and nobody is going near it. Please tell me what you want me to do with it, and whether other units from this batch have done the same. Serial number on the sticker: OH9-24-117734.

Gareth Pryce
07700 900482"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Helen Okafor <helen.okafor@mailbox.example>",
         to="care@quickmeds-pharmacy.example",
         subject="Wrong strength in my father's repeat prescription",
         body="""\
Hi,

I'm writing on behalf of my father, Samuel Okafor (DOB 14/03/1941, patient ref QM-7730192), as he isn't great with email.

His repeat of warfarin arrived on Tuesday. The box says 5 mg tablets, but his prescription has always been 0.5 mg. He didn't notice and has been taking one a day as usual since Tuesday evening, so that's three doses at ten times his normal strength.

I only spotted it this morning when I was filling his dosette box. He has a big bruise on his arm he can't explain and his gums bled when he brushed his teeth. I rang 111 and they told us to go to A&E, which is where we're heading now.

Could someone please call me on 07700 900615 to confirm what was dispensed, and check whether anyone else got the same batch? I'll bring the box with us.

Helen Okafor"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Jay Mistry <jaymistry88@postbox.example>",
         to="help@harbourbank.example",
         subject="card",
         body="""\
theres 3 payments on my debit card i never made. 2 at some electronics website £389.99 each and one £45.00 at a taxi firm in leeds, ive never even been to leeds. card is still in my wallet. can you stop it asap and get the money back

Jay Mistry
Sent from my phone"""),

    dict(n=4, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Tomasz Zielinski <tomzie@gamerpost.example>",
         to="support@ironpeak-games.example",
         subject="My account is hacked - email and password changed",
         body="""\
Hello support,

Yesterday evening I received an email that my account email was changed to an adress I don't know (k****@****.example). I did not do this. Now my password don't work and the reset link go to this new address, so I cannot login anymore.

Also some friends in my friend list say "I" sent them messages with a link for free skins. This was not me, I was sleeping.

My username is Zelo_Tom, account since 2019, I have maybe 600 hours in the game and many rare items. Please freeze the account before they sell or trade all my items, and give it back to me. I can send screenshot of my old purchases to prove it is mine.

Thank you,
Tomasz Zielinski"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Rosie Adeyemi <rosie@lemonandlinen.example>",
         to="support@shopforge.example",
         subject="Customers stuck on the payment step - store lemonandlinen",
         body="""\
Hi there,

Since about 7am every single customer on my store gets stuck on the last step of checkout. They press "Pay now", the button spins and then nothing, it just keeps spinning. A few of them have emailed me screenshots. Not one order has come through today, and on a normal Saturday I'd have 40-50 by now. Our Christmas sale started this morning and I've paid for ads sending people straight to it.

I haven't changed anything in the theme or the apps since Wednesday. I've tried it myself on my phone and my laptop, same thing.

Store: lemonandlinen.shopforge.example
Plan: Growth

Please, this is my biggest weekend of the year.

Rosie
Lemon & Linen"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Margaret Doyle <m.doyle@doyle-haines-accountants.example>",
         to="helpdesk@mailharbour.example",
         subject="No incoming mail for the whole office since 9am",
         body="""\
Good morning,

I'm the office manager at Doyle & Haines Accountants (account no. MH-20114, 23 mailboxes).

Since roughly 9 o'clock this morning none of us has received a single email. Sending seems to work: I sent a test to my personal address and it arrived, but my reply to it never came back. Clients are phoning to say their messages to us bounce with "550 5.1.1 mailbox unavailable". Our domain is doyle-haines-accountants.example.

With the January tax deadline coming up, the whole team depends on clients sending us their paperwork by email, so at the moment we are effectively at a standstill. Could someone look at this urgently and give me an estimate of when it will be resolved?

Kind regards,
Margaret Doyle
Office Manager, Doyle & Haines Accountants
01632 960214"""),

    dict(n=7, signals="outage", priority="high", trap="aside", qt=0, reply=0,
         frm="Derek Whitmore <derek.whitmore@oldmail.example>",
         to="customerservices@brightline-broadband.example",
         subject="A few things",
         body="""\
Hello,

First of all, I wanted to say that the engineer who came out in the summer to move our socket was very helpful and tidied up after himself, which is more than I can say for the builders we had in. Please pass that on if you can.

Secondly, I've had a letter saying my contract ends in February and the price will go up. I'd like someone to talk me through the options at some point, there's no rush on that.

The main reason I'm writing, though, is that we haven't had any internet since Sunday evening. The light on the hub went from white to flashing orange and it has stayed that way. I've switched it off and on, waited the ten minutes like the recorded message says, and checked the cable into the wall. My wife works from home three days a week and has had to go to her sister's to use theirs, and I can't ring you for long because it's an hour on hold from my mobile.

Could you please check the line and let me know if an engineer needs to come out? I'm in most days.

Account: BL-4471-0923
Address: 12 Orchard Close, Little Hambury, HB4 7QT

Many thanks,
Derek Whitmore"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Chloe Barnard <chloe.b@fastinbox.example>",
         to="help@reelhouse-tv.example",
         subject="Is it normal that the TV app just shows a white screen?",
         body="""\
Hi,

Quick one: is it normal that the Reelhouse app on our Samsung TV has shown nothing but a white screen for the last two days? It opens, the logo flashes up and then it's plain white, no menu at all. I've reinstalled it twice.

It still works fine on my phone and the laptop, so it's not the end of the world, but the kids mostly watch on the telly.

Thanks,
Chloe"""),

    dict(n=9, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Priyanka Rao <p.rao@workmail.example>",
         to="appsupport@westernrail.example",
         subject="App closes when I open my tickets - travelling in 2 hours",
         body="""\
Hello,

I've got a train at 14:05 from Bristol to London today, and your app closes itself every time I tap "My tickets". It did this on Wednesday as well but then sorted itself out.

What I've tried:
- restarting the phone
- updating the app (version 8.4.1)
- logging out and back in
- my husband's phone: same thing on his account

The tickets were bought in the app (booking ref WR7K29QX, £112.40 return) and I don't have paper copies. Can you email them to me as a PDF, or tell me what to show the guard?

Priyanka Rao"""),

    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Alan Forsyth <alan.forsyth@homemail.example>",
         to="billing@greenfield-energy.example",
         subject="Direct debit taken twice this month",
         body="""\
Hi,

Looking at my bank statement, my monthly direct debit of £134.00 has gone out twice: once on 1 December and again on 3 December, both with the reference GFE-883104. It's only supposed to come out once a month and I haven't had a new bill or any letter about changing the amount.

Could you check what happened and refund the second payment please? Not an emergency, but I'd rather have it back before Christmas.

Thanks,
Alan Forsyth
Account 883104"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Lucía Fernández <lucia.fdz@buzon.example>",
         to="reservations@castlegatehotel.example",
         subject="Deposit not returned - booking CGH-20931",
         body="""\
Dear Sir or Madam,

I stayed in your hotel from 14 to 18 November (booking CGH-20931, room 312). At check-in you have blocked £300 on my card for deposit and at check-out the receptionist told me it will be released in 3-5 working days.

Now is more than three weeks and the money is still not back on my account. My bank says the hotel need to release it, they cannot do nothing from their side.

This is a big problem for me because I am a student here and I need this money to pay my rent on 15 December. Please can you release it as soon as possible and send me a confirmation?

Best regards,
Lucía Fernández"""),

    dict(n=12, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Ben Thackeray <ben.thackeray@zapmail.example>",
         to="help@skylink-mobile.example",
         subject="What's this £2.50 on my bill?",
         body="""\
Hi,

Not a big deal, just curious. My December bill has a line "Service charge - data bolt-on £2.50". I don't remember adding anything. Is that the extra data I said yes to by text when I was in Manchester last month? If so, fair enough.

Cheers,
Ben
07700 900331"""),

    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Fiona Mackay <accounts@mackay-joinery.example>",
         to="billing@ledgerlight.example",
         subject="Invoice INV-2026-118842 - incorrect number of users",
         body="""\
Dear LedgerLight billing team,

Please find below the details of our latest invoice, which I believe to be incorrect.

Invoice: INV-2026-118842
Date: 1 December 2026
Plan: Business, 12 users x £18.00 = £216.00 + VAT

We reduced our subscription from 12 to 8 users on 14 November, and I have the confirmation email from your system ("Your plan change has been saved"). The settings page also shows 8 active users. We should therefore have been charged £144.00 + VAT.

I would be grateful if you could issue a credit note for the difference of £72.00 + VAT, or refund it to the card on file, and confirm that future invoices will reflect 8 users.

Yours faithfully,
Fiona Mackay
Finance Administrator, Mackay Joinery Ltd"""),

    dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Olu Bankole <olubankole02@quickpost.example>",
         to="itservicedesk@northbridge-uni.example",
         subject="password reset email not coming",
         body="""\
hi,

i've been trying to reset my password for the student portal since yesterday. I click "forgot password", put in my student number (N2304417) and it says an email has been sent to my personal address, but nothing ever arrives, not in spam either. i've tried about 6 times now.

I need to get into Moodle to see next week's seminar readings. can you reset it for me or tell me which email address you have on file?

thanks
Olu Bankole
2nd year Economics"""),

    dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Karen Lloyd <karen.lloyd@netmail.example>",
         to="digital.support@shieldwell-insurance.example",
         subject="Locked out - codes go to my old number and I need to make a claim",
         body="""\
Hello,

I'm trying to log in to the Shieldwell app to make a claim on my home policy (HP-55120873). A pipe burst under the kitchen sink on Sunday and the floor has to come up. The app asks for a 6-digit code, but it sends it to my old mobile number ending 904, which I gave up in the summer. I updated my number over the phone in August but obviously it never went through.

The claims line says I have to upload the photos and the plumber's invoice through the app, and the flooring company can only hold the date until Friday.

Can you please change the number to 07700 900877, or send me the code some other way?

Karen Lloyd"""),

    dict(n=16, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Graham Pike <graham.pike@retiredmail.example>",
         to="help@tradepost-marketplace.example",
         subject="Changing my email address",
         body="""\
Hello,

I'm moving from my old email provider to a new one at the end of the month. How do I change the email address on my Tradepost account so that order confirmations and messages from sellers go to the new one? I can't see it under "My details".

Nothing is wrong at the moment, I'd just like to do it before the old address stops working.

Regards,
Graham Pike"""),

    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Sophie Lindqvist <sophie.lindqvist@brightpath-recruitment.example>",
         to="support@pipeline-crm.example",
         subject="Lost phone with authenticator app - can't log in",
         body="""\
Hi Pipeline team,

I dropped my phone in the canal on Thursday (don't ask) and it had my authenticator app on it, so now I can't get past the 2FA step when I log in.

I don't have the backup codes, I think I saved them on the same phone. My colleagues can all still log in fine, it's just me. Our admin, Mark Delaney (mark.delaney@brightpath-recruitment.example), is happy to confirm who I am.

Could you reset the 2FA on my login so I can set it up again on my new phone? I can get by with the shared inbox for a day or two, but I need my pipeline back.

Thanks,
Sophie Lindqvist
Senior Consultant, Brightpath Recruitment"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Marcus Bell <marcus.bell@inboxly.example>",
         to="hello@freshbasket.example",
         subject="Fire Alarm hot sauce - please bring it back!",
         body="""\
Hi Freshbasket,

Just a bit of feedback. A few weeks ago I added a bottle of the "Fire Alarm" ghost pepper sauce to my weekly shop on a whim, and honestly it's the best thing I've bought all year. First taste, my mouth was on fire, my eyes were streaming and I nearly choked on my chips, and I loved every second of it.

Problem is, it now shows as "no longer available". Any chance you're bringing it back? I'd happily buy a box of six. My mates are all hooked too, it's been killing it at every barbecue.

Cheers,
Marcus"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Daniel Osei <daniel@osei-architects.example>",
         to="support@cloudnest.example",
         subject="Re: [Ticket #448210] Files not syncing - nothing uploads",
         body="""\
Hi Laura,

Yes, all working again this end. The backlog uploaded overnight and everyone's folders show green ticks this morning. Thanks for keeping us posted.

One unrelated question while I have you: is there a way to see how much storage each user is taking up, or only the total for the team?

Best,
Daniel

On Tue, 1 Dec 2026 at 17:32, CloudNest Support <support@cloudnest.example> wrote:
> Hi Daniel,
> Thanks for your patience. Our engineers have found the cause of the sync
> failures and a fix is being rolled out now. Files should start uploading
> again within the next few hours.
> Laura, CloudNest Support
> On Tue, 1 Dec 2026 at 09:05, Daniel Osei <daniel@osei-architects.example> wrote:
> > Since this morning nothing uploads for any of the 9 people in our office.
> > The desktop app says "Unable to connect to server" and the website won't
> > load our shared folders. We can't get at any of our drawings."""),

    dict(n=20, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Irene Castellano <irene.castellano@hometown-mail.example>",
         to="feedback@paywave.example",
         subject="Your newsletter about scam texts",
         body="""\
Hello,

I just wanted to say thank you for this month's newsletter, especially the piece "How fraudsters steal your password in 60 seconds". My neighbour was caught out last year by one of those "your parcel is being held, pay £1.45" texts and had her bank account emptied, so I forwarded your article to our street's WhatsApp group.

Would you consider doing a printable version in larger type? Half of our residents' association is over 75, and most of them won't read it on a phone.

Best wishes,
Irene Castellano
Secretary, Elm Park Residents' Association"""),

    dict(n=21, signals="-", priority="low", trap="charge", qt=0, reply=0,
         frm="Niall Brennan <niall.brennan@driveby.example>",
         to="app-feedback@voltway-charging.example",
         subject="Feature request: show broken chargers before I set off",
         body="""\
Hi,

Been using Voltway for about a year with our EV and overall it's great. Charging at home overnight is dead easy and the public network has got much better.

One suggestion. Twice this autumn I've driven to a rapid charger that the app showed as available and found it out of order, with the screen smashed on one of them. No harm done, I just went on to the next site, but it would be brilliant if drivers could flag a broken or blocked charger in the app, with a photo, so it shows up for everyone else.

Keep up the good work.

Niall"""),

    dict(n=22, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Hannah Greaves <hannah.greaves@postmail.example>",
         to="customer.relations@skyward-air.example",
         subject="Question before booking - cancellations and refunds",
         body="""\
Hello,

I'm thinking of booking flights to Lisbon in March for my mum's 70th, six of us in total, but before I do I'd like to understand your refund rules.

1. If one of us has to cancel because of a family emergency or illness, do we get our money back, or only a voucher?
2. If you cancel the flight, is the refund automatic or do we have to claim it?
3. Is the Flex fare worth it for a group, or is travel insurance enough?

Sorry for all the questions. I got burned with another airline a couple of years ago and want to get it right this time.

Thanks,
Hannah Greaves"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Dana Whitfield <dana.whitfield@mailcentral.example>",
         to="customercare@oakandhome-furniture.example",
         subject="Re: Re: Refund for returned sofa - order OH-2291047",
         body="""\
This is the THIRD time I am writing about this, and I still haven't had a single reply from a human being.

Your courier collected the sofa on 30 October. It is now December and I have not seen a penny of my £1,249. I want the refund in my account this week. If I don't hear back by Friday I will go to my card provider for a chargeback and leave reviews everywhere I can.

Dana Whitfield

On 24 Nov 2026, at 10:12, Dana Whitfield <dana.whitfield@mailcentral.example> wrote:
> Hello, I wrote on 10 November and have heard nothing. The sofa was collected
> on 30 October. Your website says refunds take 14 days. Where is my money?
> On 10 Nov 2026, at 19:47, Dana Whitfield <dana.whitfield@mailcentral.example> wrote:
> > Hi, the Harlow 3-seater sofa (order OH-2291047) was collected by your courier
> > on 30 October as agreed. Please confirm when the refund of £1,249.00 will
> > be made to my Visa card ending 4410."""),

    dict(n=24, signals="outage", priority="high", trap="vip", qt=0, reply=0,
         frm="Robert Chen <robert.chen@halvorsen-group.example>",
         to="enterprise-support@taskgrid.example",
         subject="P2 - Reports and dashboards failing for all users (contract ENT-00417)",
         body="""\
Hello,

I'm the IT service owner for TaskGrid at Halvorsen Group. We are on your Enterprise plan (contract ENT-00417, 1,150 seats, premium support with a 4-hour response SLA for Priority 2 incidents), so I am logging this as a P2.

Since around 08:30 UK time today, every report and dashboard in our workspace fails to load with "Something went wrong (ref 5f2c-91a)". Tasks, boards and comments still work, so people can carry on with their day-to-day work, but our PMO's portfolio review with the board is tomorrow morning and is built entirely on these dashboards.

Please confirm receipt within the SLA window and assign a named engineer. I am available on +44 20 7946 0318 all day.

Regards,
Robert Chen
IT Service Owner, Collaboration Platforms
Halvorsen Group"""),
]
